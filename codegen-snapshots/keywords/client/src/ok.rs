//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::ok`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OkParams {
    pub ok2: ::std::option::Option<::std::string::String>,
    pub ok3: ::std::option::Option<::std::string::String>,
    pub ok4: ::std::option::Option<::std::string::String>,
}
impl OkParams {
    /// Sets `ok2`.
    #[must_use]
    pub fn ok2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ok2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ok3`.
    #[must_use]
    pub fn ok3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ok3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ok4`.
    #[must_use]
    pub fn ok4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ok4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::ok`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OkOkHeaders {
    pub ok: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum OkResponse {
    /// ok
    Ok { body: super::types::Everything, headers: OkOkHeaders },
}
/// Documented error responses of [`super::Client::ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum OkError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::ok_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum OkPostError {}
impl super::Client {
    /// */ operation Ok "#
    ///
    /// `GET /op106/{Ok}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn ok(
        &self,
        ok: &str,
        params: &OkParams,
    ) -> ::std::result::Result<OkResponse, super::Error<OkError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op106/");
        url.push_str(
            &super::runtime::path_param(
                "Ok",
                &super::runtime::to_value("Ok", &ok)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.ok2 {
            let v = super::runtime::to_value("Ok", v)?;
            super::runtime::push_param(&mut query, "Ok", &v, "form", true);
        }
        if let Some(v) = &params.ok3 {
            let v = super::runtime::to_value("Ok", v)?;
            headers.push(("Ok", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.ok4 {
            let v = super::runtime::to_value("Ok", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Ok", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[106usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("ok", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Ok", method = "GET", path = "/op106/{Ok}",
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
        self.run_response_hooks("ok", status, &response_headers);
        match status {
            200 => {
                let headers = OkOkHeaders {
                    ok: super::runtime::optional_header(&response_headers, "Ok", status)?,
                };
                Ok(OkResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        OkError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(OkError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            OkError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op106/{Ok}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn ok_post(
        &self,
        ok: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<OkPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op106/");
        url.push_str(
            &super::runtime::path_param(
                "Ok",
                &super::runtime::to_value("Ok", &ok)?,
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
        let req = self.run_request_hooks("ok_post", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Ok_post", method = "POST", path =
            "/op106/{Ok}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("ok_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        OkPostError,
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
