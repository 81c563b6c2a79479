//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::fn_mut`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FnMutParams {
    pub fn_mut2: ::std::option::Option<::std::string::String>,
    pub fn_mut3: ::std::option::Option<::std::string::String>,
    pub fn_mut4: ::std::option::Option<::std::string::String>,
}
impl FnMutParams {
    /// Sets `fn_mut2`.
    #[must_use]
    pub fn fn_mut2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fn_mut2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fn_mut3`.
    #[must_use]
    pub fn fn_mut3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fn_mut3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fn_mut4`.
    #[must_use]
    pub fn fn_mut4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fn_mut4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::fn_mut`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FnMutOkHeaders {
    pub fn_mut: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::fn_mut`].
#[derive(Debug, Clone, PartialEq)]
pub enum FnMutResponse {
    /// ok
    Ok { body: super::types::Everything, headers: FnMutOkHeaders },
}
/// Documented error responses of [`super::Client::fn_mut`].
#[derive(Debug, Clone, PartialEq)]
pub enum FnMutError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::fn_mut_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum FnMutPostError {}
impl super::Client {
    /// */ operation FnMut "#
    ///
    /// `GET /op119/{FnMut}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn fn_mut(
        &self,
        fn_mut: &str,
        params: &FnMutParams,
    ) -> ::std::result::Result<FnMutResponse, super::Error<FnMutError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op119/");
        url.push_str(
            &super::runtime::path_param(
                "FnMut",
                &super::runtime::to_value("FnMut", &fn_mut)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.fn_mut2 {
            let v = super::runtime::to_value("FnMut", v)?;
            super::runtime::push_param(&mut query, "FnMut", &v, "form", true);
        }
        if let Some(v) = &params.fn_mut3 {
            let v = super::runtime::to_value("FnMut", v)?;
            headers.push(("FnMut", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.fn_mut4 {
            let v = super::runtime::to_value("FnMut", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "FnMut", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[119usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("fn_mut", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "FnMut", method = "GET", path =
            "/op119/{FnMut}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("fn_mut", status, &response_headers);
        match status {
            200 => {
                let headers = FnMutOkHeaders {
                    fn_mut: super::runtime::optional_header(
                        &response_headers,
                        "FnMut",
                        status,
                    )?,
                };
                Ok(FnMutResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        FnMutError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(FnMutError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            FnMutError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op119/{FnMut}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn fn_mut_post(
        &self,
        fn_mut: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<FnMutPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op119/");
        url.push_str(
            &super::runtime::path_param(
                "FnMut",
                &super::runtime::to_value("FnMut", &fn_mut)?,
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
            .run_request_hooks("fn_mut_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "FnMut_post", method = "POST", path =
            "/op119/{FnMut}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("fn_mut_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        FnMutPostError,
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
