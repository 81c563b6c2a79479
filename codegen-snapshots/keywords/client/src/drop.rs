//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::drop`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DropParams {
    pub drop2: ::std::option::Option<::std::string::String>,
    pub drop3: ::std::option::Option<::std::string::String>,
    pub drop4: ::std::option::Option<::std::string::String>,
}
impl DropParams {
    /// Sets `drop2`.
    #[must_use]
    pub fn drop2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.drop2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `drop3`.
    #[must_use]
    pub fn drop3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.drop3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `drop4`.
    #[must_use]
    pub fn drop4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.drop4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::drop`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DropOkHeaders {
    pub drop: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::drop`].
#[derive(Debug, Clone, PartialEq)]
pub enum DropResponse {
    /// ok
    Ok { body: super::types::Everything, headers: DropOkHeaders },
}
/// Documented error responses of [`super::Client::drop`].
#[derive(Debug, Clone, PartialEq)]
pub enum DropError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::drop_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum DropPostError {}
impl super::Client {
    /// */ operation Drop "#
    ///
    /// `GET /op117/{Drop}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn drop(
        &self,
        drop: &str,
        params: &DropParams,
    ) -> ::std::result::Result<DropResponse, super::Error<DropError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op117/");
        url.push_str(
            &super::runtime::path_param(
                "Drop",
                &super::runtime::to_value("Drop", &drop)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.drop2 {
            let v = super::runtime::to_value("Drop", v)?;
            super::runtime::push_param(&mut query, "Drop", &v, "form", true);
        }
        if let Some(v) = &params.drop3 {
            let v = super::runtime::to_value("Drop", v)?;
            headers.push(("Drop", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.drop4 {
            let v = super::runtime::to_value("Drop", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Drop", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[117usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self.run_request_hooks("drop", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Drop", method = "GET", path =
            "/op117/{Drop}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("drop", status, &response_headers);
        match status {
            200 => {
                let headers = DropOkHeaders {
                    drop: super::runtime::optional_header(
                        &response_headers,
                        "Drop",
                        status,
                    )?,
                };
                Ok(DropResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        DropError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(DropError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            DropError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op117/{Drop}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn drop_post(
        &self,
        drop: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<DropPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op117/");
        url.push_str(
            &super::runtime::path_param(
                "Drop",
                &super::runtime::to_value("Drop", &drop)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        if let Some(b) = body.into() {
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("drop_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Drop_post", method = "POST", path =
            "/op117/{Drop}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("drop_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        DropPostError,
                    >(status, &bytes)?,
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
