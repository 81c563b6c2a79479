//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::sized`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SizedParams {
    pub sized2: ::std::option::Option<::std::string::String>,
    pub sized3: ::std::option::Option<::std::string::String>,
    pub sized4: ::std::option::Option<::std::string::String>,
}
impl SizedParams {
    /// Sets `sized2`.
    #[must_use]
    pub fn sized2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sized2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `sized3`.
    #[must_use]
    pub fn sized3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sized3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `sized4`.
    #[must_use]
    pub fn sized4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sized4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::sized`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SizedOkHeaders {
    pub sized: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::sized`].
#[derive(Debug, Clone, PartialEq)]
pub enum SizedResponse {
    /// ok
    Ok { body: super::types::Everything, headers: SizedOkHeaders },
}
/// Documented error responses of [`super::Client::sized`].
#[derive(Debug, Clone, PartialEq)]
pub enum SizedError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::sized_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum SizedPostError {}
impl super::Client {
    /// */ operation Sized "#
    ///
    /// `GET /op116/{Sized}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn sized(
        &self,
        sized: &str,
        params: &SizedParams,
    ) -> ::std::result::Result<SizedResponse, super::Error<SizedError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op116/");
        url.push_str(
            &super::runtime::path_param(
                "Sized",
                &super::runtime::to_value("Sized", &sized)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.sized2 {
            let v = super::runtime::to_value("Sized", v)?;
            super::runtime::push_param(&mut query, "Sized", &v, "form", true);
        }
        if let Some(v) = &params.sized3 {
            let v = super::runtime::to_value("Sized", v)?;
            headers.push(("Sized", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.sized4 {
            let v = super::runtime::to_value("Sized", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Sized", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[116usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("sized", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Sized", method = "GET", path =
            "/op116/{Sized}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("sized", status, &response_headers);
        match status {
            200 => {
                let headers = SizedOkHeaders {
                    sized: super::runtime::optional_header(
                        &response_headers,
                        "Sized",
                        status,
                    )?,
                };
                Ok(SizedResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        SizedError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(SizedError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            SizedError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op116/{Sized}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn sized_post(
        &self,
        sized: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<SizedPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op116/");
        url.push_str(
            &super::runtime::path_param(
                "Sized",
                &super::runtime::to_value("Sized", &sized)?,
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
        {
            let b = body;
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("sized_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Sized_post", method = "POST", path =
            "/op116/{Sized}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("sized_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        SizedPostError,
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
