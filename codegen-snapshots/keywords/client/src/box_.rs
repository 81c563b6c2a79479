//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::box`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BoxParams {
    pub box2: ::std::option::Option<::std::string::String>,
    pub box3: ::std::option::Option<::std::string::String>,
    pub box4: ::std::option::Option<::std::string::String>,
}
impl BoxParams {
    /// Sets `box2`.
    #[must_use]
    pub fn box2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.box2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `box3`.
    #[must_use]
    pub fn box3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.box3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `box4`.
    #[must_use]
    pub fn box4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.box4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::box`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BoxOkHeaders {
    pub r#box: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::box`].
#[derive(Debug, Clone, PartialEq)]
pub enum BoxResponse {
    /// ok
    Ok { body: super::types::Everything, headers: BoxOkHeaders },
}
/// Documented error responses of [`super::Client::box`].
#[derive(Debug, Clone, PartialEq)]
pub enum BoxError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::box_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum BoxPostError {}
impl super::Client {
    /// */ operation box "#
    ///
    /// `GET /op40/{box}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#box(
        &self,
        r#box: &str,
        params: &BoxParams,
    ) -> ::std::result::Result<BoxResponse, super::Error<BoxError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op40/");
        url.push_str(
            &super::runtime::path_param(
                "box",
                &super::runtime::to_value("box", &r#box)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.box2 {
            let v = super::runtime::to_value("box", v)?;
            super::runtime::push_param(&mut query, "box", &v, "form", true);
        }
        if let Some(v) = &params.box3 {
            let v = super::runtime::to_value("box", v)?;
            headers.push(("box", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.box4 {
            let v = super::runtime::to_value("box", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "box", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[40usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("box", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "box", method = "GET", path = "/op40/{box}",
            status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("box", status, &response_headers);
        match status {
            200 => {
                let headers = BoxOkHeaders {
                    r#box: super::runtime::optional_header(
                        &response_headers,
                        "box",
                        status,
                    )?,
                };
                Ok(BoxResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        BoxError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(BoxError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            BoxError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op40/{box}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn box_post(
        &self,
        r#box: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<BoxPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op40/");
        url.push_str(
            &super::runtime::path_param(
                "box",
                &super::runtime::to_value("box", &r#box)?,
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
            .run_request_hooks("box_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "box_post", method = "POST", path =
            "/op40/{box}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("box_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        BoxPostError,
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
